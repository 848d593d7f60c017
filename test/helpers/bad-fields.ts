/** The fields a 400 names, in the API's error shape. */
export function badFields(body: { errors?: Array<{ field: string }> }): string[] {
  return (body.errors ?? []).map((e) => e.field);
}
