export default (() => 'from an expression')();
