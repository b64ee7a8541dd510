import type { HardConnectivityRecord } from '@sco/core';
import type { HardConnectivityRow, NewHardConnectivityRow } from '../schema/hard-connectivity-table.js';

export function toHardConnectivityRow(
  partition: string,
  record: HardConnectivityRecord,
  version: number,
): NewHardConnectivityRow {
  return { release_id: partition, ...record, version };
}

export function fromHardConnectivityRow(row: HardConnectivityRow): HardConnectivityRecord {
  const { release_id: _release, version: _version, ...record } = row;
  return {
    ...record,
    investment_usd_m: Number(record.investment_usd_m),
    construction_usd_m: Number(record.construction_usd_m),
    unspecified_usd_m: Number(record.unspecified_usd_m),
    bri_usd_m: record.bri_usd_m === null ? null : Number(record.bri_usd_m),
    energy_usd_m: Number(record.energy_usd_m),
    transport_usd_m: Number(record.transport_usd_m),
    other_usd_m: Number(record.other_usd_m),
  };
}
