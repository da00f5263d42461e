console.log('tab\there', 'new\nline');
console.log('unicode: \u00e9 \u{1F600}');
console.log('quotes: \' " `');
console.log({ s: '\u00e9\u{1F600}' });
console.log('a' + 'b' + 1 + 2, 1 + 2 + 'c');
