// The custom-elements manifest, from the components' JSDoc (@attr, @event, @csspart, @cssproperty).
/** Keeps the public API: attributes documented with @attr (Lit's internal state is not an attribute). */
function publicApiOnly() {
  return {
    name: 'sco-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => attribute.description);
          }
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/shared/*-element.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiOnly()],
};
