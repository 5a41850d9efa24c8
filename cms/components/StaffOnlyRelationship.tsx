'use client'
/**
 * A required relationship only staff need to see (a product's producer): Payload's own field for
 * staff, nothing in a producer's form, where it would only name the producer itself. An
 * `admin.condition` would hide it too, but Payload then calls the field optional in the generated
 * types and skips validating it, and this one is required.
 */
import { RelationshipField, useAuth } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'

export const StaffOnlyRelationship: RelationshipFieldClientComponent = (props) => {
  const { user } = useAuth<{ role?: string }>()
  return user?.role === 'producer' ? null : <RelationshipField {...props} />
}
