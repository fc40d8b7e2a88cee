/**
 */
package io.cartograph.model.landscape.impl;

import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.TechnologyFit;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Technology Fit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.cartograph.model.landscape.impl.TechnologyFitImpl#getFit <em>Fit</em>}</li>
 *   <li>{@link io.cartograph.model.landscape.impl.TechnologyFitImpl#getTechnologies <em>Technologies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TechnologyFitImpl extends IdentifiedImpl implements TechnologyFit {
	/**
	 * The default value of the '{@link #getFit() <em>Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFit()
	 * @generated
	 * @ordered
	 */
	protected static final Fit FIT_EDEFAULT = Fit.GOOD;

	/**
	 * The cached value of the '{@link #getFit() <em>Fit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFit()
	 * @generated
	 * @ordered
	 */
	protected Fit fit = FIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTechnologies() <em>Technologies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected static final String TECHNOLOGIES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTechnologies() <em>Technologies</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTechnologies()
	 * @generated
	 * @ordered
	 */
	protected String technologies = TECHNOLOGIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TechnologyFitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LandscapePackage.Literals.TECHNOLOGY_FIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Fit getFit() {
		return fit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFit(Fit newFit) {
		Fit oldFit = fit;
		fit = newFit == null ? FIT_EDEFAULT : newFit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TECHNOLOGY_FIT__FIT, oldFit, fit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTechnologies() {
		return technologies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTechnologies(String newTechnologies) {
		String oldTechnologies = technologies;
		technologies = newTechnologies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LandscapePackage.TECHNOLOGY_FIT__TECHNOLOGIES, oldTechnologies, technologies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LandscapePackage.TECHNOLOGY_FIT__FIT:
				return getFit();
			case LandscapePackage.TECHNOLOGY_FIT__TECHNOLOGIES:
				return getTechnologies();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LandscapePackage.TECHNOLOGY_FIT__FIT:
				setFit((Fit)newValue);
				return;
			case LandscapePackage.TECHNOLOGY_FIT__TECHNOLOGIES:
				setTechnologies((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LandscapePackage.TECHNOLOGY_FIT__FIT:
				setFit(FIT_EDEFAULT);
				return;
			case LandscapePackage.TECHNOLOGY_FIT__TECHNOLOGIES:
				setTechnologies(TECHNOLOGIES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LandscapePackage.TECHNOLOGY_FIT__FIT:
				return fit != FIT_EDEFAULT;
			case LandscapePackage.TECHNOLOGY_FIT__TECHNOLOGIES:
				return TECHNOLOGIES_EDEFAULT == null ? technologies != null : !TECHNOLOGIES_EDEFAULT.equals(technologies);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (fit: ");
		result.append(fit);
		result.append(", technologies: ");
		result.append(technologies);
		result.append(')');
		return result.toString();
	}

} //TechnologyFitImpl
