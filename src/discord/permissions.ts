import { PermissionFlagsBits } from 'discord.js';

/** What the router knows of a member: their permissions in the channel and their role ids. */
export interface MemberAccess {
  permissions: { has(permission: bigint): boolean } | null;
  roleIds: readonly string[];
}

/** Manage Server, or one of the admin roles from the configuration. */
export function isAdmin(member: MemberAccess, adminRoleIds: readonly string[]): boolean {
  if (member.permissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  return member.roleIds.some((id) => adminRoleIds.includes(id));
}

/**
 * Role ids from an interaction's member: a cached GuildMember has a role manager, an uncached
 * one (API data) an array of ids.
 */
export function memberRoleIds(member: unknown): string[] {
  if (!member || typeof member !== 'object' || !('roles' in member)) return [];
  const roles = member.roles;
  if (Array.isArray(roles)) return roles.filter((r): r is string => typeof r === 'string');
  if (roles && typeof roles === 'object' && 'cache' in roles && roles.cache instanceof Map) {
    return [...roles.cache.keys()].map(String);
  }
  return [];
}
