package dev.loopsim.properties.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit test that explores loopsim properties: {@code @Test} with {@link LoopsimExtension}, so the
 * method may take a {@link FailureStore} parameter keyed by its class and name.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@ExtendWith(LoopsimExtension.class)
public @interface LoopsimTest {}
