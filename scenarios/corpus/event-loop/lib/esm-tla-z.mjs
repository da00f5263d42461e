console.log('z start');
await new Promise((resolve) => setTimeout(resolve, 0));
console.log('z after timer');
