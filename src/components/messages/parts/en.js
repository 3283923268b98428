// Compiled from en.json by scripts/compile-messages.ts: edit the JSON, then run npm run build:messages.

export default {
  notRecorded: () => "Not recorded",
  whatNotRecorded: (d) => d.what + " not recorded",
  strengthA: () => "Government source (A)",
  strengthB: () => "News source (B)",
  strengthC: () => "Minor site (C)",
  strengthNotRecorded: () => "Strength not recorded",
  sourceDate: () => "date",
  gives: (d) => "Gives: " + d.supports,
  addressNotRecorded: () => "Address not recorded",
  opensInNewTab: () => "(opens in a new tab)",
  copyLink: () => "Copy link",
  linkCopied: () => "Link copied",
  copyRefused: () => "Copying was not allowed; the address is"
}
