export default async function globalTeardown() {
  await globalThis.__samvirkeInfra?.stop();
}
