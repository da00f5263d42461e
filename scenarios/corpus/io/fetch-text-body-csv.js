/*---
description: response.text() returns the body as it was sent, here a CSV export parsed line by line.
routes:
  - url: https://api.example.com/export.csv
    headers: { content-type: text/csv }
    body: "name,score\nada,9\ngrace,8\nlinus,7"
    latency: fixed(55)
expect:
  timings:
    - line: 3 rows, best ada (9)
      at: 55
---*/
fetch('https://api.example.com/export.csv')
  .then((response) => response.text())
  .then((csv) => {
    const rows = csv.split('\n').slice(1).map((line) => line.split(','));
    const best = rows.reduce((a, b) => (Number(b[1]) > Number(a[1]) ? b : a));
    console.log(`${rows.length} rows, best ${best[0]} (${best[1]})`);
  });
