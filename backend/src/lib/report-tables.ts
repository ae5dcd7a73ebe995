/**
 * The tables of GET /admin/reports that `table=` picks for CSV, each with the Bahasa word its
 * file is named after. No imports: the Admin page (routes/laporan) loads this file too.
 */
export const REPORT_TABLES = {
  district: "kecamatan",
  category: "kategori",
  subsector: "subsektor",
  cohort: "kelompok",
  week: "mingguan",
} as const
export type ReportTable = keyof typeof REPORT_TABLES
export const REPORT_TABLE_NAMES = Object.keys(REPORT_TABLES) as [ReportTable, ...ReportTable[]]

/** The CSV file name of a table for a period given as days (YYYY-MM-DD). */
export const reportCsvFilename = (table: ReportTable, from: string, to: string) =>
  `sentra-laporan-${REPORT_TABLES[table]}-${from}_${to}.csv`
