console.log('dynamic module runs');
export const answer = 42;
export default 'dynamic default';
