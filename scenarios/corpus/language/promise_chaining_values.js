Promise.resolve(1)
  .then((v) => v + 1)
  .then((v) => { throw new Error('at ' + v); })
  .then(() => console.log('skipped'))
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .finally(() => console.log('finally'))
  .then((v) => console.log('then after finally:', v));
