'use client'
/** Payload's own relationship field for staff, nothing for a producer: see staffOnlyRelationship in cms/admin/producer-view.ts. */
import { RelationshipField, useAuth } from '@payloadcms/ui'
import type { RelationshipFieldClientComponent } from 'payload'

export const StaffOnlyRelationship: RelationshipFieldClientComponent = (props) => {
  const { user } = useAuth<{ role?: string }>()
  return user?.role === 'producer' ? null : <RelationshipField {...props} />
}
