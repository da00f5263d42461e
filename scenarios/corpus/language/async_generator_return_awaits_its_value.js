async function* y() { return 'r'; }
y().next().then((r) => console.log('next settled', r));
Promise.resolve().then(() => console.log('tick 0')).then(() => console.log('tick 1')).then(() => console.log('tick 2'));
