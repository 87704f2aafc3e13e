// The module .storybook/model-types.mjs serves to the stories: src/model/types.ts as data.
declare module 'virtual:gov-model-types' {
  export type ModelType = import('../../.storybook/model-types.mjs').ModelType;
  const types: ModelType[];
  export default types;
}
