/** The refusals of exhibitor requests, each in Vietnamese then English, with the status the API answers. */
import { APIError } from 'payload'

const refusal = (vi: string, en: string, status: number) => new APIError(`${vi} / ${en}`, status, undefined, true)

export const onlyProducersAsk = () => refusal('Chỉ cơ sở sản xuất mới đăng ký tham gia hội chợ', 'Only producers ask to exhibit', 403)
export const producerNeeded = () => refusal('Đăng ký cần có cơ sở sản xuất', 'A request needs a producer', 400)
export const fairNotOpen = () =>
  refusal('Chỉ đăng ký được hội chợ đã công bố và chưa khai mạc', 'You can only ask to exhibit at a published fair that has not started', 400)
export const alreadyExhibiting = () => refusal('Cơ sở đã có trong danh sách tham gia hội chợ này', 'This producer is already an exhibitor at this fair', 400)
export const alreadyAsked = () =>
  refusal('Cơ sở đã đăng ký hội chợ này, đang chờ trung tâm xét', 'This producer has already asked; the centre has not decided yet', 400)
export const notOwnProduct = () => refusal('Chỉ chọn sản phẩm của chính cơ sở', 'Choose only your own products', 400)
export const alreadyDecided = () => refusal('Đăng ký này đã được xét, không sửa được nữa', 'This request has been decided and can no longer be changed', 403)
export const reasonNeeded = () => refusal('Cần ghi lý do không nhận', 'Give the reason for declining', 400)
