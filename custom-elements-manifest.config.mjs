// custom-elements.json from the JSDoc on each element (feeds Storybook docs and IDEs).
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/elements/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
