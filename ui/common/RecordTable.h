#pragma once

class QTableView;

/// How the console's tables of records (applications, webhook deliveries,
/// the audit log) behave: one whole row selected at a time, read-only,
/// Tab leaving the table, alternating rows, one line per row, no row numbers.
class RecordTable
{
public:
    static void setUp(QTableView *table);
};
