import { createDataSource, migrate } from '@samvirke/persistence';
import { feedDataSourceSpec } from '../src/app.module.js';

/** Applies the feed's migrations in this process (the integration tests' `main.js migrate`). */
export async function migrateFeed(): Promise<string[]> {
  const dataSource = createDataSource(feedDataSourceSpec());
  try {
    return await migrate(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}
