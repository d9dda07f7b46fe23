// Writes read the user's categories before their database transaction (from
// the instance's cache). If a category was deleted in between, the insert
// fails its foreign key: read the categories again and retry, once.
const FOREIGN_KEY_VIOLATION = "23503";

export async function retryIfCategoryVanished<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: unknown })?.code !== FOREIGN_KEY_VIOLATION) throw error;
    return write();
  }
}
