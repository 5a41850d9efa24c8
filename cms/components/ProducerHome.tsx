/**
 * The top of a producer's dashboard: its own page, the page as buyers see it, its products and the
 * enquiries waiting for an answer, counted with the producer's own access rules. Nothing for staff.
 */
import type { ServerProps } from 'payload'
import { loadEnv } from '../../src/config/env'
import { previewPath } from '../../src/site/preview-link'
import { producerOf } from '../access/roles'
import { loadProducerExhibitorRequests } from '../fairs/load-producer-exhibitor-requests'
import { loadProducerReviews } from '../reviews/load-producer-reviews'
import { FittingCalls } from './FittingCalls'

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 8, padding: '1rem', display: 'block', textDecoration: 'none', color: 'inherit' }

export async function ProducerHome({ payload, user, i18n }: ServerProps) {
  const producerId = producerOf(user)
  if (producerId === undefined || !user) return null
  const asUser = { overrideAccess: false, user: { ...user, collection: 'users' as const } }
  const vi = i18n.language !== 'en'
  const admin = payload.config.routes.admin
  const [producer, products, fresh, reviews, fairs] = await Promise.all([
    payload.findByID({ collection: 'producers', id: producerId, depth: 0, draft: true, ...asUser }).catch(() => null),
    payload.count({ collection: 'products', ...asUser }),
    payload.count({ collection: 'enquiries', where: { status: { equals: 'new' } }, ...asUser }),
    loadProducerReviews(payload, asUser.user),
    loadProducerExhibitorRequests(payload, asUser.user),
  ])
  const { SITE_URL: site, PAYLOAD_SECRET } = loadEnv()
  const draftPreview = `${site}${previewPath('brand', producerId, vi ? 'vi' : 'en', PAYLOAD_SECRET)}`
  const publicPage = producer?.slug ? `${site}${vi ? '' : '/en'}/${vi ? 'thuong-hieu' : 'brands'}/${producer.slug}` : undefined
  return (
    <section data-producer-home style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '0.5rem' }}>{producer?.brandName ?? (vi ? 'Cơ sở của tôi' : 'My business')}</h2>
      <p style={{ marginBottom: '1rem' }}>
        {vi
          ? '“Ngôn ngữ nội dung” ở đầu trang chọn bản tiếng Việt hay tiếng Anh của nội dung bạn đang sửa; giao diện không đổi.'
          : '“Content language” at the top chooses which version of your content you edit, Vietnamese or English; the interface stays as it is.'}
      </p>
      <FittingCalls payload={payload} producerId={producerId} vi={vi} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: '0.75rem' }}>
        <a style={box} href={`${admin}/collections/producers/${producerId}`} data-home-link="my-page">
          <strong>{vi ? 'Trang của tôi' : 'My page'}</strong>
          <div>{vi ? 'Logo, ảnh, giới thiệu, chứng nhận, liên hệ' : 'Logo, photos, story, certifications, contacts'}</div>
        </a>
        {publicPage ? (
          <a style={box} href={publicPage} target="_blank" rel="noopener" data-home-link="view-on-site">
            <strong>{vi ? 'Xem trên showroom' : 'View on the showroom'}</strong>
            <div>{vi ? 'Trang như người mua thấy (bản đã xuất bản)' : 'Your page as buyers see it (published)'}</div>
          </a>
        ) : null}
        <a style={box} href={draftPreview} target="_blank" rel="noopener" data-home-link="preview-draft">
          <strong>{vi ? 'Xem trước bản nháp' : 'Preview your draft'}</strong>
          <div>
            {vi ? 'Trang của bạn với những thay đổi chưa đăng, như người mua sẽ thấy' : 'Your page with the changes not yet published, as buyers will see it'}
          </div>
        </a>
        <a style={box} href={`${admin}/collections/products`} data-home-link="products">
          <strong>{vi ? `Sản phẩm: ${products.totalDocs}` : `Products: ${products.totalDocs}`}</strong>
          <div>{vi ? 'Thêm, sửa sản phẩm và gửi trung tâm duyệt' : 'Add and edit products, then submit them for review'}</div>
        </a>
        <a style={box} href={`${admin}/collections/enquiries?where[status][equals]=new`} data-home-link="enquiries" data-new-enquiries={fresh.totalDocs}>
          <strong>{vi ? `Yêu cầu báo giá mới: ${fresh.totalDocs}` : `New enquiries: ${fresh.totalDocs}`}</strong>
          <div>{vi ? 'Trả lời trước hạn phản hồi' : 'Answer before the reply deadline'}</div>
        </a>
        <a style={box} href={`${admin}/collections/reviews`} data-home-link="reviews" data-waiting-reviews={reviews.waiting}>
          <strong>{vi ? `Thay đổi chờ duyệt: ${reviews.waiting}` : `Changes waiting for review: ${reviews.waiting}`}</strong>
          <div>{vi ? 'Trung tâm duyệt trước khi đăng lên showroom' : 'The centre reviews them before they go live'}</div>
        </a>
        <a style={box} href={`${admin}/collections/exhibitor-requests/create`} data-home-link="ask-to-exhibit" data-waiting-exhibitor-requests={fairs.waiting}>
          <strong>{vi ? 'Đăng ký tham gia hội chợ' : 'Ask to exhibit'}</strong>
          <div>
            {vi
              ? `Chọn hội chợ sắp diễn ra; trung tâm trả lời qua email. Đang chờ xét: ${fairs.waiting}`
              : `Choose an upcoming fair; the centre answers by e-mail. Waiting: ${fairs.waiting}`}
          </div>
        </a>
      </div>
      {fairs.decided.length > 0 ? (
        <div style={{ marginTop: '1rem' }} data-exhibitor-decisions>
          <h3 style={{ marginBottom: '0.5rem' }}>{vi ? 'Kết quả đăng ký hội chợ' : 'Answers to your requests to exhibit'}</h3>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {fairs.decided.map((r) => (
              <li key={r.id} data-exhibitor-decision={r.status}>
                <a href={`${admin}/collections/exhibitor-requests/${r.id}`}>{r.title}</a>:{' '}
                {r.status === 'accepted'
                  ? `${vi ? 'đã nhận tham gia' : 'accepted'}${r.booth ? (vi ? `, gian hàng ${r.booth}` : `, booth ${r.booth}`) : ''}`
                  : `${vi ? 'không nhận' : 'declined'}${r.reason ? ` — “${r.reason}”` : ''}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {reviews.decided.length > 0 ? (
        <div style={{ marginTop: '1rem' }} data-review-decisions>
          <h3 style={{ marginBottom: '0.5rem' }}>{vi ? 'Kết quả duyệt gần đây' : 'Recent review decisions'}</h3>
          <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
            {reviews.decided.map((r) => (
              <li key={r.id} data-review-decision={r.status}>
                <a href={`${admin}/collections/reviews/${r.id}`}>{r.title}</a>:{' '}
                {r.status === 'approved' ? (vi ? 'đã duyệt, đang hiện trên showroom' : 'approved, now on the showroom') : vi ? 'trả lại để sửa' : 'sent back'}
                {r.status === 'sent-back' && r.comment ? ` — “${r.comment}”` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
