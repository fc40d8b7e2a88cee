/**
 * Validation of the landscape model: an EMF validator with Cartograph's rules ({@link io.cartograph.core.validation.Check}),
 * a diagnostician that names objects as users do, and {@link io.cartograph.core.validation.ModelValidation}, which lists
 * the problems of a whole model for the Problems view and {@code cartograph cli validate}.
 */
package io.cartograph.core.validation;
