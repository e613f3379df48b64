/** An environment value, or undefined when it is unset or blank (as `loadConfig` reads them). */
export function readEnvValue(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
