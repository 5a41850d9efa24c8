import { describe, expect, it } from 'vitest'
import { nationalNumber, publicContacts, telLink, webLink, zaloLink } from '../../../src/producers/contact-links'

describe('contact links', () => {
  it('should make a Zalo chat link from a phone number written with spaces', () => {
    expect(zaloLink('0912 000 101')).toBe('https://zalo.me/0912000101')
  })
  it('should accept the international form for Zalo', () => {
    expect(zaloLink('+84 912 000 101')).toBe('https://zalo.me/0912000101')
    expect(nationalNumber('84912000101')).toBe('0912000101')
  })
  it('should refuse a number too short to dial', () => {
    expect(zaloLink('12345')).toBeUndefined()
    expect(zaloLink('')).toBeUndefined()
  })
  it('should dial in the international form so it works from abroad', () => {
    expect(telLink('0912 000 101')).toBe('tel:+84912000101')
  })
  it('should give a bare domain https and drop other schemes', () => {
    expect(webLink('langgom.example.vn')).toBe('https://langgom.example.vn/')
    expect(webLink('http://a.example')).toBe('http://a.example/')
    expect(webLink('javascript:alert(1)')).toBeUndefined()
  })
})

describe('public contacts', () => {
  const contacts = { person: 'Lê Văn Tâm', phone: '0912 000 101', email: 'lienhe@tam-an.example', web: 'https://tam-an.example' }
  it('should show phone, Zalo, e-mail and web', () => {
    const shown = publicContacts(contacts)!
    expect(shown.phone).toEqual({ label: '0912 000 101', href: 'tel:+84912000101' })
    expect(shown.zalo?.href).toBe('https://zalo.me/0912000101')
    expect(shown.email?.href).toBe('mailto:lienhe@tam-an.example')
    expect(shown.web?.label).toBe('tam-an.example')
  })
  it('should prefer a separate Zalo number', () => {
    expect(publicContacts({ ...contacts, zalo: '0987654321' })!.zalo?.href).toBe('https://zalo.me/0987654321')
  })
  it('should show nothing when the producer keeps its contacts private', () => {
    expect(publicContacts({ ...contacts, private: true })).toBeUndefined()
  })
})
