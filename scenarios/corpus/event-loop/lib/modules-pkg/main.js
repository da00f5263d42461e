module.exports = "from package.json main";
