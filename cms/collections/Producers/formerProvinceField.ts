/**
 * The province a producer stood in before the merger of 1 July 2025, kept by centre staff. Search
 * indexes this one former name for the producer and its products, instead of every province the
 * current unit absorbed, so "Vũng Tàu" leads with what was made in Bà Rịa–Vũng Tàu rather than in
 * Bình Dương. Staff only: producers neither read nor write it, and it is not public.
 */
import type { Field, Validate } from 'payload'
import { staffField } from '../../access/policies'
import { FORMER_PROVINCES, formerProvinceName, formerProvinceValue } from '../../../src/provinces/former-provinces'
import { idOf, type Ref } from '../../access/roles'

/** A former province must be one the producer's current province absorbed (Provinces.formerNames). */
const validateFormerProvince: Validate<string | null | undefined> = async (value, { data, req }) => {
  const name = formerProvinceName(value)
  if (!value || !name) return true
  const provinceId = idOf((data as { province?: Ref } | undefined)?.province)
  if (provinceId === undefined) return true
  const province = await req.payload.findByID({ collection: 'provinces', id: provinceId, depth: 0, overrideAccess: true, req }).catch(() => null)
  // Compared by slug: "Bà Rịa - Vũng Tàu" typed by staff is "Bà Rịa–Vũng Tàu".
  if (!province || (province.formerNames ?? []).some((former) => formerProvinceValue(former) === value)) return true
  return `${name} không thuộc ${province.name} / ${name} is not part of ${province.nameEn ?? province.name}`
}

export const formerProvinceField: Field = {
  name: 'formerProvince',
  type: 'select',
  options: FORMER_PROVINCES.map(({ value, name }) => ({ value, label: name })),
  label: { vi: 'Tỉnh cũ (trước 1/7/2025)', en: 'Former province (before 1 July 2025)' },
  validate: validateFormerProvince,
  access: { read: staffField, create: staffField, update: staffField },
  admin: {
    position: 'sidebar',
    description: {
      vi: 'Tỉnh nơi cơ sở đặt trụ sở trước sáp nhập; tìm kiếm theo tên tỉnh cũ chỉ ra cơ sở của đúng tỉnh đó.',
      en: 'Where the producer stood before the merger; searching a former province’s name finds only its producers.',
    },
  },
}
