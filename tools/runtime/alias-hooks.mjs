const distRoot = new URL('../../dist/', import.meta.url);
const alias = /^@samvirke\/([a-z][a-z-]*)$/;

export async function resolve(specifier, context, nextResolve) {
  const match = alias.exec(specifier);
  if (match) {
    return nextResolve(new URL(`libs/${match[1]}/src/index.js`, distRoot).href, context);
  }
  return nextResolve(specifier, context);
}
