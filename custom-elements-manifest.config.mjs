/**
 * The manifest (custom-elements.json) is the public API as tools see it: Storybook's docs,
 * editors, the README's tables. The analyzer already leaves out members marked `@internal`
 * or `@ignore`; this plugin also leaves out private and protected members, which it would
 * otherwise list (with `privacy`) and Storybook would show, and the platform's lifecycle
 * callbacks, which the browser calls and a page never should.
 */
const LIFECYCLE_CALLBACKS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
]);

function publicMembersOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' &&
    member.privacy !== 'protected' &&
    !member.name.startsWith('#') &&
    !LIFECYCLE_CALLBACKS.has(member.name);
  return {
    name: 'borgertid-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter(isPublic);
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicMembersOnly()],
};
