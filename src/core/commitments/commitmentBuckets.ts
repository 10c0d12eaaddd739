/**
 * groupCommitments kept up to date one chain at a time. Every live commitment sits in one bucket:
 * its group and subgroup (who owes; which person, or reviews, or other notes). A change of chains
 * moves only the commitments it names, and a bucket is grouped again (filtered, sorted, counted by
 * groupCommitments itself) only when it changed, the day changed or the options did. So after one
 * note changes, the tree costs the few buckets that note touches plus one pass over the buckets'
 * names, whatever the size of the notes folder. `groups` gives what groupCommitments gives for
 * the same commitments (test/unit/core/commitments/commitmentChains.test.ts checks both).
 */
import type { Commitment } from './commitment';
import type { ChainChange } from './commitmentChains';
import { GROUPS, groupCommitments, groupOf, subgroupOf, type CommitmentGroup, type CommitmentSubgroup, type GroupId, type GroupOptions, type SubgroupOf } from './groupCommitments';

interface Bucket {
  readonly id: string;
  readonly group: GroupId;
  readonly sort: string;
  readonly of: SubgroupOf;
  readonly items: Map<string, Commitment>;
  version: number;
  /** The last grouping of this bucket and what it was made for. */
  cached?: { readonly version: number; readonly today: string; readonly since: string; readonly value: CommitmentSubgroup | undefined };
}

function bucketOf(c: Commitment): { id: string; group: GroupId; sort: string; of: SubgroupOf } {
  const group = groupOf(c);
  const { sort, of } = subgroupOf(c);
  return { id: `${group}\u0000${sort}`, group, sort, of };
}

/** A subgroup as the tree shows it, with the bucket's id (stable while its group and person stay). */
export interface BucketSubgroup extends CommitmentSubgroup {
  readonly id: string;
}

export interface BucketGroup extends Omit<CommitmentGroup, 'subgroups'> {
  readonly subgroups: readonly BucketSubgroup[];
}

export class CommitmentBuckets {
  private readonly buckets = new Map<string, Bucket>();
  /** Which bucket each commitment key is in. */
  private readonly where = new Map<string, Bucket>();
  /** Bucket ids in the tree's order, while no bucket came or went. */
  private order: Bucket[] | undefined;
  private counter = 0;

  /** Moves what the chains say changed; returns the ids of the buckets that changed. */
  apply(changes: Iterable<ChainChange>): Set<string> {
    const changed = new Set<string>();
    for (const change of changes) {
      if (change.before === change.after) continue;
      const old = this.where.get(change.key);
      if (old) {
        old.items.delete(change.key);
        old.version = ++this.counter;
        changed.add(old.id);
        this.where.delete(change.key);
        if (old.items.size === 0) {
          this.buckets.delete(old.id);
          this.order = undefined;
        }
      }
      if (!change.after) continue;
      const place = bucketOf(change.after);
      let bucket = this.buckets.get(place.id);
      if (!bucket) {
        bucket = { ...place, items: new Map(), version: 0 };
        this.buckets.set(place.id, bucket);
        this.order = undefined;
      }
      bucket.items.set(change.key, change.after);
      bucket.version = ++this.counter;
      this.where.set(change.key, bucket);
      changed.add(bucket.id);
    }
    return changed;
  }

  /** The tree on `today`, as groupCommitments would group every commitment held (see the module comment). */
  groups(today: string, options: GroupOptions = {}): BucketGroup[] {
    const since = options.showDoneSince ?? '';
    const byGroup = new Map<GroupId, BucketSubgroup[]>();
    for (const bucket of this.ordered()) {
      if (options.person !== undefined && (bucket.of.kind !== 'person' || bucket.of.slug !== options.person)) continue;
      const c = bucket.cached;
      const sub = c && c.version === bucket.version && c.today === today && c.since === since ? c.value : this.group(bucket, today, since);
      if (!sub) continue;
      const list = byGroup.get(bucket.group);
      const entry = { id: bucket.id, ...sub };
      if (list) list.push(entry);
      else byGroup.set(bucket.group, [entry]);
    }
    return GROUPS.flatMap((id) => {
      const subgroups = byGroup.get(id);
      if (!subgroups) return [];
      return [{ id, subgroups, count: subgroups.reduce((n, s) => n + s.commitments.length, 0), overdue: subgroups.reduce((n, s) => n + s.overdue, 0) }];
    });
  }

  private group(bucket: Bucket, today: string, since: string): CommitmentSubgroup | undefined {
    const value = groupCommitments([...bucket.items.values()], today, since ? { showDoneSince: since } : {})[0]?.subgroups[0];
    bucket.cached = { version: bucket.version, today, since, value };
    return value;
  }

  private ordered(): Bucket[] {
    if (!this.order) {
      const rank = (b: Bucket) => GROUPS.indexOf(b.group);
      this.order = [...this.buckets.values()].sort((a, b) => rank(a) - rank(b) || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
    }
    return this.order;
  }

  /** The commitments of the buckets of one person (every group), for the prep tab's counts. */
  ofPerson(slug: string): Commitment[] {
    const out: Commitment[] = [];
    for (const bucket of this.buckets.values()) if (bucket.of.kind === 'person' && bucket.of.slug === slug) out.push(...bucket.items.values());
    return out;
  }
}
