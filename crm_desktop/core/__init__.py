"""The Qt-free core: vault, models, migrations, services. Never import Qt here."""
