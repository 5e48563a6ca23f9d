#pragma once

#include "CatalogParseResult.h"

/// The wearable and health catalogue shipped inside Linkdeck, which seeds
/// every new workspace.
class BundledCatalog
{
public:
    /// The bundled sources with their logos.
    static CatalogParseResult load();
};
