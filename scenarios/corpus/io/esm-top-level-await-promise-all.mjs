/*---
description: An ES module awaits Promise.all at top level, so the module body resumes once the slowest of its three requests answered.
routes:
  - url: https://api.example.com/i18n/en
    body: { hello: Hello }
    latency: fixed(40)
  - url: https://api.example.com/i18n/fr
    body: { hello: Bonjour }
    latency: fixed(90)
  - url: https://api.example.com/i18n/de
    body: { hello: Hallo }
    latency: fixed(60)
expect:
  timings:
    - line: loading 3 locales
      at: 0
    - line: Hello / Bonjour / Hallo
      at: 90
---*/
const locales = ['en', 'fr', 'de'];
console.log(`loading ${locales.length} locales`);

const bundles = await Promise.all(
  locales.map(async (locale) => {
    const response = await fetch(`https://api.example.com/i18n/${locale}`);
    return response.json();
  }),
);

console.log(bundles.map((b) => b.hello).join(' / '));
