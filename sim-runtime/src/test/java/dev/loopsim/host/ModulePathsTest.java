package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModulePathsTest {

    @Test
    void resolveNormalizesDotSegmentsAgainstTheBase() {
        assertThat(ModulePaths.resolve("/a/b", "./c/../d.js")).isEqualTo("/a/b/d.js");
        assertThat(ModulePaths.resolve("/a/b", "../../../x")).isEqualTo("/x");
        assertThat(ModulePaths.resolve("/a", "/abs//y/")).isEqualTo("/abs/y");
    }

    @Test
    void nodeModulePathsListEveryAncestorAsNodeDoes() {
        // node -e "console.log(module.paths)" run in a directory two levels deep printed these three.
        assertThat(ModulePaths.nodeModulePaths("/srv/mp"))
                .containsExactly("/srv/mp/node_modules", "/srv/node_modules", "/node_modules");
    }

    @Test
    void dirnameOfAFileAtTheRootIsTheRoot() {
        assertThat(ModulePaths.dirname("/x.js")).isEqualTo("/");
        assertThat(ModulePaths.dirname("/a/b.js")).isEqualTo("/a");
    }
}
