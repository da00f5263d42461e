const later = (v) => new Promise((resolve) => resolve(v));
Promise.all([later(1), 2, later(3)]).then((vs) => console.log('all', vs.length, vs[0], vs[1], vs[2]));
Promise.race([later('a'), later('b')]).then((v) => console.log('race', v));
Promise.allSettled([Promise.reject(new Error('no')), later('yes')]).then((rs) => {
  for (const r of rs) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
});
Promise.any([Promise.reject(1), later('any')]).then((v) => console.log('any', v));
Promise.all([later(1), Promise.reject(new Error('fail fast'))]).catch((e) => console.log('all failed:', e.message));
