/**
 * What a producer's admin leaves out: catalogues it can read but never change (provinces, product
 * groups) only crowd its dashboard and menu. Staff still see them.
 */
import type { CollectionConfig, Condition, Field } from 'payload'
import { roleOf } from '../access/roles'

const READ_ONLY_FOR_PRODUCERS = new Set(['provinces', 'product-groups'])

export const hiddenFromProducers = (collection: CollectionConfig): CollectionConfig =>
  READ_ONLY_FOR_PRODUCERS.has(collection.slug)
    ? { ...collection, admin: { ...collection.admin, hidden: ({ user }) => roleOf(user) === 'producer' } }
    : collection

/** A value a producer would only see as an empty box: nothing, an empty text or list, an unticked box. */
export const isEmptyValue = (value: unknown): boolean => value == null || value === '' || value === false || (Array.isArray(value) && value.length === 0)

/**
 * A field only staff fill (a decision's booth, who decided and when, "featured"): a producer's form
 * leaves it out while it is empty, and shows it, read-only, once staff have filled it, so a booth or
 * a reason for declining always reaches the producer. Staff always see it. Any condition the field
 * already has still applies. Required fields are left as they are (see below).
 */
export function staffFilledField<F extends Field>(field: F): F {
  // A required field keeps no condition: Payload skips validating a field whose condition hides it,
  // so a producer could save without it (and the generated types would call it optional).
  if (!('name' in field) || field.type === 'ui' || ('required' in field && field.required)) return field
  const name = field.name
  const own = field.admin && 'condition' in field.admin ? field.admin.condition : undefined
  const condition: Condition = (data, siblingData, context) => {
    if (own && !own(data, siblingData, context)) return false
    if (roleOf(context.user) !== 'producer') return true
    return !isEmptyValue((siblingData as Record<string, unknown> | undefined)?.[name])
  }
  return { ...field, admin: { ...field.admin, condition } } as F
}

/**
 * A relationship that only restates who the producer is (a product's producer, its province, the
 * producer itself as last editor): Payload's own field for staff, nothing in a producer's form
 * (cms/components/StaffOnlyRelationship.tsx), where it told nothing new and cost the phone a select
 * box to render and a request (issue 10's 1.5 s budget). A component rather than an
 * `admin.condition`, which would make Payload skip validating a required field and call it optional
 * in the generated types.
 */
export const staffOnlyRelationship = <F extends Field>(field: F): F =>
  ({
    ...field,
    admin: { ...field.admin, components: { ...field.admin?.components, Field: '/components/StaffOnlyRelationship#StaffOnlyRelationship' } },
  }) as F

/** staffFilledField for every field of a collection only staff write (a fair), through rows and collapsibles. */
export const staffFilledFields = (fields: Field[]): Field[] =>
  fields.map((field) =>
    'name' in field
      ? staffFilledField(field)
      : field.type === 'row' || field.type === 'collapsible'
        ? { ...field, fields: staffFilledFields(field.fields) }
        : field,
  )
