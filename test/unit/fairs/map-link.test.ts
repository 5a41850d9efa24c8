import { describe, expect, it } from 'vitest'
import { venueMapLink } from '../../../src/fairs/map-link'

describe('the venue map link', () => {
  it('should search OpenStreetMap for the venue, city and country, skipping what is missing', () => {
    expect(venueMapLink(['SECC, 799 Nguyễn Văn Linh', undefined, 'Thành phố Hồ Chí Minh', ' '])).toBe(
      `https://www.openstreetmap.org/search?query=${encodeURIComponent('SECC, 799 Nguyễn Văn Linh, Thành phố Hồ Chí Minh')}`,
    )
  })
  it('should give no link without an address', () => {
    expect(venueMapLink([null, '', undefined])).toBeUndefined()
  })
})
