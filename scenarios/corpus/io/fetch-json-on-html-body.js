/*---
description: A proxy answering 200 with an HTML page makes response.json() reject with JSON.parse's SyntaxError, and an empty body with 'Unexpected end of JSON input'.
routes:
  - url: https://api.example.com/products
    headers: { content-type: text/html }
    body: '<!DOCTYPE html><html><body>Gateway page</body></html>'
    latency: fixed(30)
  - url: https://api.example.com/empty
    body: ''
    latency: fixed(10)
expect:
  timings:
    - line: 'empty: SyntaxError: Unexpected end of JSON input'
      at: 10
    - line: 'products: SyntaxError: Unexpected token ''<'', "<!DOCTYPE "... is not valid JSON'
      at: 30
---*/
async function tryJson(name) {
  const response = await fetch(`https://api.example.com/${name}`);
  try {
    const data = await response.json();
    console.log(name, data);
  } catch (error) {
    console.log(`${name}: ${error.name}: ${error.message}`);
  }
}

tryJson('products');
tryJson('empty');
