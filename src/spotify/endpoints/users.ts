import type { CallOptions, RequestExecutor } from './executor.js';
import type { PrivateUser, PublicUser } from './objects.js';
import { endpoints } from './table.js';

/** User profiles. Top items live in `personalization`, follows in `follow`. */
export class UsersEndpoints {
  constructor(private readonly client: RequestExecutor) {}

  /** `GET /me`: the signed-in user (email needs `user-read-email`, country and product `user-read-private`). */
  me(options: CallOptions = {}): Promise<PrivateUser> {
    return this.client.request(endpoints.getCurrentUsersProfile, { ...options });
  }

  /** `GET /users/{user_id}`: another user's public profile. Extended Quota apps only. */
  profile(userId: string, options: CallOptions = {}): Promise<PublicUser> {
    return this.client.request(endpoints.getUsersProfile, { ...options, userId });
  }
}
