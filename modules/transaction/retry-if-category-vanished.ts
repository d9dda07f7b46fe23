// Writes read the user's categories before their database transaction (from
// the instance's cache). If a category was deleted in between, the insert
// fails its foreign key: read the categories again and retry, once.
const FOREIGN_KEY_VIOLATION = /23503|P2003|foreign key constraint/i;

export async function retryIfCategoryVanished<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = (error as { code?: string })?.code ?? "";
    if (!FOREIGN_KEY_VIOLATION.test(code) && !FOREIGN_KEY_VIOLATION.test(String((error as Error)?.message))) throw error;
    return write();
  }
}
