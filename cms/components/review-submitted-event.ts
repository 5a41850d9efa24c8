/** Dispatched on window when the producer submits a change, so the sidebar's status refreshes. */
export const REVIEW_SUBMITTED_EVENT = 'tieubieu:review-submitted'
