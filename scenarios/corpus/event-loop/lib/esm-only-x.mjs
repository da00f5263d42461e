console.log('never runs: linking fails first');
export const x = 1;
