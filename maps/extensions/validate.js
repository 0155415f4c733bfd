/*
 * Red Sun over Daxam: a "validate" map format for Tiled 1.8+.
 *
 * Tiled opens a map with a missing tileset, a missing tileset image or a tile id
 * that no tileset defines without complaint, and `tiled --export-map` exits 0 for
 * them. Exporting to this format checks exactly those things and fails (non-zero
 * exit, problems printed) when any is found, so scripts and tests can ask real
 * Tiled whether a map is whole:
 *
 *   XDG_CONFIG_HOME=<dir with tiled/extensions/validate.js> \
 *     QT_QPA_PLATFORM=offscreen tiled --export-map validate maps/x.tmx /tmp/x.validate
 *
 * In the Tiled window (project extensions enabled) it appears under
 * File > Export As... > "Validate map (Red Sun)". The game's own, much fuller
 * checks are `python -m tools.maps.lint`.
 */

function validateMap(map) {
    var problems = [];
    for (var i = 0; i < map.tilesets.length; ++i) {
        var ts = map.tilesets[i];
        if (ts.tileCount === 0 || (ts.image === "" && ts.tiles.length === 0)) {
            problems.push("tileset '" + ts.name + "' could not be loaded (missing .tsx?)");
        } else if (ts.image !== "" && !File.exists(ts.image)) {
            problems.push("tileset '" + ts.name + "' image " + ts.image + " does not exist");
        }
    }
    for (var l = 0; l < map.layerCount; ++l) {
        checkLayer(map.layerAt(l), problems);
    }
    return problems;
}

function checkLayer(layer, problems) {
    if (layer.isGroupLayer) {
        for (var g = 0; g < layer.layerCount; ++g)
            checkLayer(layer.layerAt(g), problems);
        return;
    }
    if (layer.isImageLayer) {
        var source = layer.imageSource.toString().replace(/^file:\/\//, "");
        if (source !== "" && !File.exists(source))
            problems.push("image layer '" + layer.name + "' image " + source + " does not exist");
        return;
    }
    if (!layer.isTileLayer)
        return;
    var bad = 0;
    var first = "";
    for (var y = 0; y < layer.height; ++y) {
        for (var x = 0; x < layer.width; ++x) {
            var cell = layer.cellAt(x, y);
            if (cell.tileId < 0)
                continue;
            var tile = layer.tileAt(x, y);
            if (tile === null || tile.tileset.tileCount === 0) {
                if (bad === 0)
                    first = "(" + x + ", " + y + ")";
                bad += 1;
            }
        }
    }
    if (bad > 0)
        problems.push("layer '" + layer.name + "' has " + bad + " cell(s) with a tile id no " +
                      "tileset defines, first at " + first);
}

tiled.registerMapFormat("validate", {
    name: "Validate map (Red Sun)",
    extension: "validate",
    write: function (map, fileName) {
        var problems = validateMap(map);
        if (problems.length > 0) {
            for (var i = 0; i < problems.length; ++i)
                print("validate: " + problems[i]);
            return problems.join("; ");
        }
        var out = new TextFile(fileName, TextFile.WriteOnly);
        out.write("ok\n");
        out.commit();
        return undefined;
    },
});
