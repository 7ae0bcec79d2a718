//! The pieces every migration builds its tables from, so that each one writes down only what is its own.

use sea_orm_migration::{prelude::*, schema::*};

/// A new table keyed by a 64-bit `id` that the database counts up.
pub(crate) fn table(name: &'static str) -> TableCreateStatement {
    Table::create()
        .table(name)
        .col(big_pk_auto("id"))
        .to_owned()
}

/// A reference from `table.column` to the `id` of `to`; the row goes when the one it names goes.
pub(crate) fn cascade(
    table: &'static str,
    column: &'static str,
    to: &'static str,
) -> ForeignKeyCreateStatement {
    references(table, column, to, ForeignKeyAction::Cascade)
}

/// A reference that becomes NULL when the row it names is deleted, so the row itself outlives it.
pub(crate) fn set_null(
    table: &'static str,
    column: &'static str,
    to: &'static str,
) -> ForeignKeyCreateStatement {
    references(table, column, to, ForeignKeyAction::SetNull)
}

/// A reference from `table.column` to the `id` of `to`, doing `on_delete` when that row goes.
pub(crate) fn references(
    table: &'static str,
    column: &'static str,
    to: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(to, "id")
        .on_delete(on_delete)
        .to_owned()
}

/// A unique index inside a table's definition, over `columns`.
pub(crate) fn unique(columns: &[&'static str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index.unique();
    for column in columns {
        index.col(*column);
    }
    index
}

/// An index of `table` over `columns`, named `name`.
pub(crate) fn named_index(
    name: &str,
    table: &'static str,
    columns: &[&'static str],
) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(name).table(table);
    for column in columns {
        index.col(*column);
    }
    index
}

/// Creates indexes of `table` over each list of columns, named `idx_<table>_<columns>`.
pub(crate) async fn create_indexes(
    manager: &SchemaManager<'_>,
    indexes: &[(&'static str, &[&'static str])],
) -> Result<(), DbErr> {
    for (table, columns) in indexes {
        let name = format!("idx_{table}_{}", columns.join("_"));
        manager
            .create_index(named_index(&name, table, columns))
            .await?;
    }
    Ok(())
}

/// Drops the tables in the order given, the ones that others refer to last.
pub(crate) async fn drop_tables(
    manager: &SchemaManager<'_>,
    tables: &[&'static str],
) -> Result<(), DbErr> {
    for table in tables {
        manager
            .drop_table(Table::drop().table(*table).to_owned())
            .await?;
    }
    Ok(())
}

/// Adds a column to an existing table.
pub(crate) async fn add_column(
    manager: &SchemaManager<'_>,
    table: &'static str,
    column: impl IntoColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
}

/// Removes a column that [`add_column`] added.
pub(crate) async fn drop_column(
    manager: &SchemaManager<'_>,
    table: &'static str,
    column: &'static str,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).drop_column(column).to_owned())
        .await
}
