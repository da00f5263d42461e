let p = Promise.resolve(0);
for (let i = 1; i <= 5; i++) {
  p = p.then((v) => {
    console.log('step', i, 'received', v);
    return v + i;
  });
}
p.then((total) => console.log('total', total));
