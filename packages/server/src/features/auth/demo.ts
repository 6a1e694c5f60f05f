import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { RoleName } from './auth.entity';
import { createApiToken, createUser } from './auth.service';

export const DEMO_LOGIN = 'demo';
const DEMO_TOKEN_NAME = 'demo (printed at start)';

export interface DemoAccess {
  login: string;
  password: string;
  token: string;
}

/**
 * For the embedded demo: at every start, (re)sets the `demo` admin's password and replaces
 * the demo token (analyst, one day), so that what is printed is what works.
 */
export async function provisionDemoAccess(dataSource: DataSource): Promise<DemoAccess> {
  const password = randomBytes(12).toString('base64url');
  await createUser(dataSource, { login: DEMO_LOGIN, password, role: RoleName.ADMIN }, { replace: true });
  await dataSource.query(`UPDATE api_token SET revoked_at = now() WHERE name = $1 AND created_by = 'demo' AND revoked_at IS NULL`, [DEMO_TOKEN_NAME]);
  const { secret } = await createApiToken(dataSource, { name: DEMO_TOKEN_NAME, role: RoleName.ANALYST, expiresInDays: 1, createdBy: 'demo' });
  return { login: DEMO_LOGIN, password, token: secret };
}
