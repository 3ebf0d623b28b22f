"""Alembic environment: runs on the connection the application hands over (see storage.migrate)."""

from alembic import context

from aftersales_desktop.storage.models import Base

target_metadata = Base.metadata


def run_migrations() -> None:
    """Run the migrations on the given connection, or in offline mode emit SQL."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        context.configure(url=context.config.get_main_option("sqlalchemy.url"),
                          target_metadata=target_metadata, render_as_batch=True,
                          literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
