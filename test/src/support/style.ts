// Test stand-in for style imports (.scss/.css): jest does not load styles.
export default {};
