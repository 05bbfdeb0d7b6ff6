/** The version of the 隐私保护指引 a person consents to; kept apart so the settings store (on the first screen) does not carry the guide's text. */
export const PRIVACY_VERSION = '2026-11-2'
